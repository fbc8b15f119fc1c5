window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1857053368121316526",
      "updatedAt" : "2024-11-14T13:30:00.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2024-11-14T13:30:00.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "RSV season is here, and every fall I get the same questions from parents, so here is the short version.\n\nRSV is a common winter virus. For most kids it is a bad cold, but for young babies it can cause bronchiolitis and trouble breathing.\n\nWhat helps: wash hands often, keep sick visitors away from newborns, and keep smoke away from children.\n\nProtection for infants: there is a maternal vaccine given during pregnancy, and a long-acting antibody shot for babies going into their first RSV season. Ask your pediatrician which option fits your family.\n\nCall your child's doctor if you see fast breathing, ribs pulling in with each breath, poor feeding, or fewer wet diapers.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]