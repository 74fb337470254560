CREATE TABLE edges (src int, dst int);
