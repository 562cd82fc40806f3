${msg("order.shipped.body", number)}
${money(total)} | ${date(shippedAt)} | ${money(19.9, "EUR")} | ${items}
${note}

${msg("mail.footer.automatic")}
