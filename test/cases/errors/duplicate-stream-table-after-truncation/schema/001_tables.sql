CREATE TABLE customers (
    id      integer PRIMARY KEY,
    name    text NOT NULL,
    region  text
);

CREATE TABLE orders (
    id           bigint PRIMARY KEY,
    customer_id  integer NOT NULL,
    amount       numeric(10,2) NOT NULL,
    created_at   timestamp NOT NULL
);
