window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1029384756102938475",
    "userName" : "DrNoraVance",
    "displayName" : "Dr. Nora Vance"
  },
  "archiveInfo" : {
    "sizeBytes" : "21369",
    "generationDate" : "2025-06-03T09:12:45.301Z",
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
        "fileName" : "data/direct-messages.js",
        "globalName" : "YTD.direct_messages.part0",
        "count" : "3"
      } ]
    },
    "directMessagesGroup" : {
      "mediaDirectory" : "data/direct_messages_group_media",
      "files" : [ {
        "fileName" : "data/direct-messages-group.js",
        "globalName" : "YTD.direct_messages_group.part0",
        "count" : "1"
      } ]
    },
    "messageEvent" : {
      "files" : [ {
        "fileName" : "data/message-event.js",
        "globalName" : "YTD.message_event.part0",
        "count" : "4"
      } ]
    },
    "noteTweet" : {
      "files" : [ {
        "fileName" : "data/note-tweet.js",
        "globalName" : "YTD.note_tweet.part0",
        "count" : "1"
      } ]
    },
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [ {
        "fileName" : "data/tweets.js",
        "globalName" : "YTD.tweets.part0",
        "count" : "2"
      }, {
        "fileName" : "data/tweets-part1.js",
        "globalName" : "YTD.tweets.part1",
        "count" : "2"
      }, {
        "fileName" : "data/tweets-part2.js",
        "globalName" : "YTD.tweets.part2",
        "count" : "1"
      } ]
    }
  }
}