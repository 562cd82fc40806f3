-- Concierge demo store: comparable product attributes for guidance's "Consider instead" block.
-- Hibernate hbm2ddl import file (HSQLDB 2.3, Hibernate 4.1 single-line extractor): one complete statement per line.
-- Load after load_demo_catalog.sql. An attribute named compare.<name> with a number and a unit is compared between a
-- product and its up-sale links: the Trail Runner 28 offers the Summit Pack 45 as "+17 L capacity for $110.00 more".
-- Ids 4000-4099, below the generator's start.
INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES ('ProductAttributeImpl', 10000);
INSERT INTO BLC_PRODUCT_ATTRIBUTE (PRODUCT_ATTRIBUTE_ID, NAME, VALUE, SEARCHABLE, PRODUCT_ID) VALUES (4000, 'compare.capacity', '28 L', FALSE, 1000);
INSERT INTO BLC_PRODUCT_ATTRIBUTE (PRODUCT_ATTRIBUTE_ID, NAME, VALUE, SEARCHABLE, PRODUCT_ID) VALUES (4001, 'compare.capacity', '45 L', FALSE, 1001);
INSERT INTO BLC_PRODUCT_ATTRIBUTE (PRODUCT_ATTRIBUTE_ID, NAME, VALUE, SEARCHABLE, PRODUCT_ID) VALUES (4002, 'compare.capacity', '65 L', FALSE, 1002);
INSERT INTO BLC_PRODUCT_ATTRIBUTE (PRODUCT_ATTRIBUTE_ID, NAME, VALUE, SEARCHABLE, PRODUCT_ID) VALUES (4003, 'compare.capacity', '22 L', FALSE, 1003);
INSERT INTO BLC_PRODUCT_ATTRIBUTE (PRODUCT_ATTRIBUTE_ID, NAME, VALUE, SEARCHABLE, PRODUCT_ID) VALUES (4004, 'compare.capacity', '10 L', FALSE, 1004);
INSERT INTO BLC_PRODUCT_ATTRIBUTE (PRODUCT_ATTRIBUTE_ID, NAME, VALUE, SEARCHABLE, PRODUCT_ID) VALUES (4005, 'compare.capacity', '18 L', FALSE, 1005);
INSERT INTO BLC_PRODUCT_ATTRIBUTE (PRODUCT_ATTRIBUTE_ID, NAME, VALUE, SEARCHABLE, PRODUCT_ID) VALUES (4006, 'compare.capacity', '40 L', FALSE, 1026);
INSERT INTO BLC_PRODUCT_ATTRIBUTE (PRODUCT_ATTRIBUTE_ID, NAME, VALUE, SEARCHABLE, PRODUCT_ID) VALUES (4007, 'compare.capacity', '1 L', FALSE, 1023);
INSERT INTO BLC_PRODUCT_ATTRIBUTE (PRODUCT_ATTRIBUTE_ID, NAME, VALUE, SEARCHABLE, PRODUCT_ID) VALUES (4008, 'compare.capacity', '4 L', FALSE, 1024);
