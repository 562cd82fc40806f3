package io.concierge.demo.bench;

import java.util.Random;

/**
 * Made-up guides and shopper queries for the benchmarks, the same for every run (seeded). A guide is written on three
 * topic words of its language's customer-service vocabulary (in its title, and every 20th word of its body), with
 * other vocabulary words sprinkled in (1 word in 25) among made-up words: each vocabulary word occurs in about a fifth
 * of the guides of its language, so most searches match hundreds of guides.
 */
final class GeneratedGuides {

    static final String[] LOCALES = {"en", "pt_BR", "es"};
    /** Per language, a pair of words the merchant declared synonyms; 5 % of the queries type the second one. */
    static final String[] SYNONYM_LINES = {"shoes, sneakers", "tênis, sapatilha", "zapatillas, deportivas"};

    private static final String[][] WORDS = {
            {"shipping", "delivery", "return", "refund", "warranty", "size", "fit", "jacket", "shoes", "running",
                    "waterproof", "battery", "charger", "backpack", "tent", "sleeping", "bag", "hiking", "boots",
                    "care", "wash", "clean", "repair", "exchange", "order", "tracking", "payment", "invoice",
                    "gift", "card", "discount", "coupon", "account", "password", "address", "cancel", "damaged",
                    "missing", "parcel", "carrier", "express", "international", "customs", "stock", "color",
                    "material", "cotton", "wool", "leather", "zipper", "pocket", "strap", "weight", "capacity"},
            {"entrega", "frete", "devolução", "reembolso", "garantia", "tamanho", "tênis", "jaqueta", "corrida",
                    "impermeável", "bateria", "carregador", "mochila", "barraca", "saco", "dormir", "trilha",
                    "botas", "cuidados", "lavar", "limpar", "conserto", "troca", "pedido", "rastreamento",
                    "pagamento", "nota", "fiscal", "presente", "cartão", "desconto", "cupom", "conta", "senha",
                    "endereço", "cancelar", "danificado", "extraviado", "encomenda", "transportadora", "expresso",
                    "internacional", "alfândega", "estoque", "cor", "material", "algodão", "lã", "couro", "zíper",
                    "bolso", "alça", "peso", "capacidade"},
            {"envío", "entrega", "devolución", "reembolso", "garantía", "talla", "zapatillas", "chaqueta", "correr",
                    "impermeable", "batería", "cargador", "mochila", "tienda", "saco", "dormir", "senderismo",
                    "botas", "cuidado", "lavar", "limpiar", "reparación", "cambio", "pedido", "seguimiento", "pago",
                    "factura", "regalo", "tarjeta", "descuento", "cupón", "cuenta", "contraseña", "dirección",
                    "cancelar", "dañado", "perdido", "paquete", "transportista", "exprés", "internacional",
                    "aduana", "existencias", "color", "material", "algodón", "lana", "cuero", "cremallera",
                    "bolsillo", "correa", "peso", "capacidad"}};
    private static final String[] SYLLABLES = {"ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa",
            "te", "vi", "zo", "tra", "pre", "con", "des", "mor", "lin"};

    private GeneratedGuides() {
    }

    /** The guide of number {@code n} (from 1): its language follows from the number. */
    static Content guide(long n, Random random) {
        int language = (int) (n % LOCALES.length);
        String[] vocabulary = WORDS[language];
        String[] topic = {pick(vocabulary, random), pick(vocabulary, random), pick(vocabulary, random)};
        StringBuilder body = new StringBuilder("<p>");
        int words = 150 + random.nextInt(250);
        for (int w = 0; w < words; w++) {
            if (w % 20 == 0) {
                body.append(pick(topic, random));
            } else if (random.nextInt(25) == 0) {
                body.append(pick(vocabulary, random));
            } else {
                body.append(syntheticWord(random));
            }
            body.append(w % 17 == 16 ? ".</p><p>" : " ");
        }
        body.append("</p>");
        String title = topic[0] + " " + topic[1] + " " + syntheticWord(random);
        return new Content(LOCALES[language], title, title + " " + syntheticWord(random) + " " + topic[2],
                body.toString());
    }

    /**
     * A shopper's query in the language of index {@code language}: mostly one to three vocabulary words, 10 % of
     * them with two letters swapped, 5 % a synonym, 5 % a made-up word that finds nothing.
     */
    static String query(int language, Random random) {
        int kind = random.nextInt(100);
        if (kind < 5) {
            return "xq" + syntheticWord(random) + "zz";
        }
        if (kind < 10) {
            return SYNONYM_LINES[language].substring(SYNONYM_LINES[language].indexOf(", ") + 2);
        }
        StringBuilder text = new StringBuilder();
        int words = 1 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
            String word = pick(WORDS[language], random);
            if (kind < 20 && w == 0 && word.length() >= 6) {
                int i = 1 + random.nextInt(word.length() - 3);
                word = word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            }
            text.append(w == 0 ? "" : " ").append(word);
        }
        return text.toString();
    }

    private static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }

    private static String syntheticWord(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            word.append(pick(SYLLABLES, random));
        }
        return word.toString();
    }

    static final class Content {

        final String locale;
        final String title;
        final String summary;
        final String bodyHtml;

        Content(String locale, String title, String summary, String bodyHtml) {
            this.locale = locale;
            this.title = title;
            this.summary = summary;
            this.bodyHtml = bodyHtml;
        }
    }
}
