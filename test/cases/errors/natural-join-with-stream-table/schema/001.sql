CREATE TABLE t (id int PRIMARY KEY, k int, cat text);
