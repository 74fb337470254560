CREATE SCHEMA util;
CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
-- util.slug is created elsewhere, so trickle cannot know it
