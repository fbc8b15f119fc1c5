window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "lena.okafor@riverbendpeds.example",
      "createdVia" : "web",
      "username" : "DrLenaOkafor",
      "accountId" : "1311782938437455872",
      "createdAt" : "2020-10-01T21:39:58.928Z",
      "accountDisplayName" : "Dr. Lena Okafor"
    }
  }
]