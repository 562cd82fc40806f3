-- Concierge demo store: reference data (currencies, locales, admin user, customer role,
-- countries and states, fulfillment options).
-- Hibernate hbm2ddl import file (HSQLDB 2.3, Hibernate 4.1 single-line extractor):
-- exactly one complete statement per line; lines starting with -- are comments.
-- Plain ASCII on purpose: Hibernate 4.1 reads import files with the JVM default charset,
-- so accented text is written as standard SQL Unicode literals, e.g. U&'S\00E3o Paulo'.
-- Load order: after /config/bc/sql/load_admin_permissions.sql, load_admin_roles.sql and
-- load_admin_menu.sql (the admin user below is linked to role -1 defined there), and before
-- load_demo_catalog.sql and load_demo_customers_orders.sql.

-- Currencies (BroadleafCurrencyImpl). USD is the store default.
INSERT INTO BLC_CURRENCY (CURRENCY_CODE, FRIENDLY_NAME, DEFAULT_FLAG) VALUES ('USD', 'US Dollar', TRUE);
INSERT INTO BLC_CURRENCY (CURRENCY_CODE, FRIENDLY_NAME, DEFAULT_FLAG) VALUES ('EUR', 'Euro', FALSE);
INSERT INTO BLC_CURRENCY (CURRENCY_CODE, FRIENDLY_NAME, DEFAULT_FLAG) VALUES ('BRL', 'Brazilian Real', FALSE);

-- Locales (LocaleImpl). en_US is the default; each locale carries its default currency.
-- The demo store has one price list, in US dollars: every language shows it, formatted the way its readers expect.
INSERT INTO BLC_LOCALE (LOCALE_CODE, FRIENDLY_NAME, DEFAULT_FLAG, USE_IN_SEARCH_INDEX, CURRENCY_CODE) VALUES ('en_US', 'English (United States)', TRUE, TRUE, 'USD');
INSERT INTO BLC_LOCALE (LOCALE_CODE, FRIENDLY_NAME, DEFAULT_FLAG, USE_IN_SEARCH_INDEX, CURRENCY_CODE) VALUES ('pt_BR', U&'Portugu\00EAs (Brasil)', FALSE, TRUE, 'USD');
INSERT INTO BLC_LOCALE (LOCALE_CODE, FRIENDLY_NAME, DEFAULT_FLAG, USE_IN_SEARCH_INDEX, CURRENCY_CODE) VALUES ('es_ES', U&'Espa\00F1ol (Espa\00F1a)', FALSE, TRUE, 'USD');

-- Admin user "admin" / password "admin" (AdminUserImpl).
-- Broadleaf 3.1 encodes admin passwords with blAdminPasswordEncoder = ${password.admin.encoder}, which
-- broadleaf-open-admin-platform config/bc/admin/common.properties sets to Spring Security's
-- PlaintextPasswordEncoder, salted by the optional blAdminSaltSource (a ReflectionSaltSource on the user's
-- "id" in the 3.1 demo's applicationContext-admin-security.xml). Plaintext + salt stores "password{salt}",
-- so id -1 gives "admin{-1}". If the admin security config declares no salt source, store plain "admin".
-- The id follows Broadleaf's own convention for the out-of-box admin (-1); it cannot collide with generated ids.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, PHONE_NUMBER, ACTIVE_STATUS_FLAG) VALUES (-1, 'Store Administrator', 'admin', 'admin{-1}', 'admin@example.com', NULL, TRUE);
-- Role -1 (ROLE_ADMIN, "Admin Master Access") holds every permission granted by any out-of-box role,
-- so this one link shows every admin section that load_admin_menu.sql maps to a granted permission.
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-1, -1);

-- Storefront customer role (RoleImpl). CustomerServiceImpl.createRegisteredCustomerRoles() looks up
-- ROLE_USER by name when a shopper registers, so it must exist.
INSERT INTO BLC_ROLE (ROLE_ID, ROLE_NAME) VALUES (1000, 'ROLE_USER');

-- Countries (CountryImpl) used by addresses and checkout.
INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('US', 'United States');
INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('BR', 'Brazil');
INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('ES', 'Spain');

-- States / provinces (StateImpl). ABBREVIATION is the primary key across all countries, so Brazilian
-- and Spanish subdivisions use their ISO 3166-2 codes (BR-PR, ES-M) to stay clear of US codes such as
-- PR (Puerto Rico) or SC (South Carolina).
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('CA', 'California', 'US');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('CO', 'Colorado', 'US');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('IL', 'Illinois', 'US');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('MA', 'Massachusetts', 'US');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('NY', 'New York', 'US');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('OR', 'Oregon', 'US');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('TX', 'Texas', 'US');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('WA', 'Washington', 'US');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('BR-MG', 'Minas Gerais', 'BR');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('BR-PR', U&'Paran\00E1', 'BR');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('BR-RJ', 'Rio de Janeiro', 'BR');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('BR-RS', 'Rio Grande do Sul', 'BR');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('BR-SC', 'Santa Catarina', 'BR');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('BR-SP', U&'S\00E3o Paulo', 'BR');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('ES-B', 'Barcelona', 'ES');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('ES-BI', 'Bizkaia', 'ES');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('ES-M', 'Madrid', 'ES');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('ES-MA', U&'M\00E1laga', 'ES');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('ES-SE', 'Sevilla', 'ES');
INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('ES-V', 'Valencia', 'ES');

-- Fulfillment options: fixed-price (flat-rate) shipping. FixedPriceFulfillmentOptionImpl is a JOINED
-- subclass, so each option is one BLC_FULFILLMENT_OPTION row plus one BLC_FULFILLMENT_OPTION_FIXED row;
-- blFixedPriceFulfillmentPricingProvider prices it. USE_FLAT_RATES only matters for per-SKU banded rates.
INSERT INTO BLC_FULFILLMENT_OPTION (FULFILLMENT_OPTION_ID, NAME, LONG_DESCRIPTION, FULFILLMENT_TYPE, USE_FLAT_RATES, TAXABLE) VALUES (1000, 'Standard Shipping', 'Flat rate, delivered in 5 to 7 business days within the United States.', 'PHYSICAL_SHIP', FALSE, FALSE);
INSERT INTO BLC_FULFILLMENT_OPTION_FIXED (FULFILLMENT_OPTION_ID, PRICE, CURRENCY_CODE) VALUES (1000, 7.95, 'USD');
INSERT INTO BLC_FULFILLMENT_OPTION (FULFILLMENT_OPTION_ID, NAME, LONG_DESCRIPTION, FULFILLMENT_TYPE, USE_FLAT_RATES, TAXABLE) VALUES (1001, 'Express Shipping', 'Flat rate, delivered in 2 business days within the United States.', 'PHYSICAL_SHIP', FALSE, FALSE);
INSERT INTO BLC_FULFILLMENT_OPTION_FIXED (FULFILLMENT_OPTION_ID, PRICE, CURRENCY_CODE) VALUES (1001, 19.95, 'USD');
INSERT INTO BLC_FULFILLMENT_OPTION (FULFILLMENT_OPTION_ID, NAME, LONG_DESCRIPTION, FULFILLMENT_TYPE, USE_FLAT_RATES, TAXABLE) VALUES (1002, 'International Shipping', 'Flat rate to Brazil and Spain, tracked, delivered in 7 to 14 business days.', 'PHYSICAL_SHIP', FALSE, FALSE);
INSERT INTO BLC_FULFILLMENT_OPTION_FIXED (FULFILLMENT_OPTION_ID, PRICE, CURRENCY_CODE) VALUES (1002, 29.95, 'USD');

-- Table id generators (IdOverrideTableGenerator -> SEQUENCE_GENERATOR(ID_NAME, ID_VAL)) for the
-- generated-id entities in this file. Broadleaf's load_admin_*.sql insert no SEQUENCE_GENERATOR rows.
-- The admin user keeps id -1, below anything the AdminUserImpl generator hands out, so it needs no row.
INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES ('RoleImpl', 10000);
INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES ('FulfillmentOptionImpl', 10000);
