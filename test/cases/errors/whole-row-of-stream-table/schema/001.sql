CREATE TABLE t (id int PRIMARY KEY, grp int);
