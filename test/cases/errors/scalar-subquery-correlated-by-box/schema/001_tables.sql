CREATE TABLE lots (id int PRIMARY KEY, area box);
CREATE TABLE plans (id int PRIMARY KEY, area box);
