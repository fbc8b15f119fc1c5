window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "mbell@cedarhollowfm.example",
      "createdVia" : "web",
      "username" : "DrMarcusBellFM",
      "accountId" : "1402551234567890123",
      "createdAt" : "2019-06-11T14:02:31.118Z",
      "accountDisplayName" : "Dr. Marcus Bell"
    }
  }
]