"""Connected accounts: settings, secrets in the keyring, communities followed."""
