${msg("welcome.subject", name)}
  (${locale})
