window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1786032896211152716",
      "updatedAt" : "2024-05-02T14:00:00.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2024-05-02T14:00:00.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Spring fair update for families: the fair runs from 10 to 3 on Saturday in the school gym. There will be a reading corner, a craft table, face painting and a bake sale run by the parent group. Parking is free in the north lot and bikes can be locked by the main doors. Volunteers, please check in at the front desk by 9:30 so we can hand out name tags and aprons. See you there!",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]