package io.concierge.demo.web.cart;

/** Reads a quantity typed by a shopper. */
final class CartQuantities {

    private CartQuantities() {
    }

    /** The quantity, or null when the text is not a whole number from {@code min} to {@code max}. */
    static Integer parse(String text, int min, int max) {
        if (text == null || !text.trim().matches("\\d{1,4}")) {
            return null;
        }
        int quantity = Integer.parseInt(text.trim());
        return quantity < min || quantity > max ? null : quantity;
    }
}
