window.YTD.account.part0 = [ {
  "account" : {
    "email" : "tvillanueva@saludmujer.example",
    "createdVia" : "web",
    "username" : "DraTVillanueva",
    "accountId" : "987650001122334455",
    "createdAt" : "2018-05-02T18:22:09.000Z",
    "accountDisplayName" : "Dra. Teresa Villanueva"
  }
} ]