window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "pshah@eastsidepeds.example",
      "createdVia" : "android",
      "username" : "DrPriyaShahMD",
      "accountId" : "1510000111222333444",
      "createdAt" : "2022-04-01T10:00:00.000Z",
      "accountDisplayName" : "Priya Shah, MD"
    }
  }
]