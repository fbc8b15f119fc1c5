window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1029384756102938475",
    "userName" : "DrNoraVance",
    "displayName" : "Dr. Nora Vance"
  },
  "archiveInfo" : {
    "sizeBytes" : "5362",
    "generationDate" : "2021-07-14T16:22:09.770Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [ {
        "fileName" : "data/account.js",
        "globalName" : "YTD.account.part0",
        "count" : "1"
      } ]
    },
    "directMessages" : {
      "mediaDirectory" : "data/direct_messages_media",
      "files" : [ {
        "fileName" : "data/direct-message.js",
        "globalName" : "YTD.direct_message.part0",
        "count" : "2"
      } ]
    },
    "tweet" : {
      "mediaDirectory" : "data/tweet_media",
      "files" : [ {
        "fileName" : "data/tweet.js",
        "globalName" : "YTD.tweet.part0",
        "count" : "3"
      } ]
    }
  }
}