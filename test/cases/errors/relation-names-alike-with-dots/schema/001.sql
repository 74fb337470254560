CREATE SCHEMA "public.a";
CREATE TABLE public."a.b" (id int PRIMARY KEY);
CREATE TABLE "public.a".b (id int PRIMARY KEY);
