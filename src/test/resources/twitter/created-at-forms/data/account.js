window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "nora.vance@fixture.example",
      "createdVia" : "web",
      "username" : "DrNoraVance",
      "accountId" : "1029384756102938475",
      "createdAt" : "2018-08-14T15:10:25.555Z",
      "accountDisplayName" : "Dr. Nora Vance"
    }
  }
]