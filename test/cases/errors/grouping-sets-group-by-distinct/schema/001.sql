CREATE TABLE sales (id bigint PRIMARY KEY, region text, product text, amount numeric);
