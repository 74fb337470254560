CREATE TABLE customers (
    id      integer PRIMARY KEY,
    name    text NOT NULL,
    joined  timestamptz,
    score   integr
);
