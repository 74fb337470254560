CREATE TABLE m (id int PRIMARY KEY, k int);
