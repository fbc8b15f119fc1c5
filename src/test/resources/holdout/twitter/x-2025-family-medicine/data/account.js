window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "slee@maplefm.example",
      "createdVia" : "web",
      "username" : "DrSunmiLee",
      "accountId" : "1733445566778899001",
      "createdAt" : "2021-09-01T10:00:00.000Z",
      "accountDisplayName" : "Sunmi Lee, MD"
    }
  }
]