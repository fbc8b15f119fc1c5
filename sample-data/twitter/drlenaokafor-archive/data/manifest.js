window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1311782938437455872",
    "userName" : "DrLenaOkafor",
    "displayName" : "Dr. Lena Okafor"
  },
  "archiveInfo" : {
    "sizeBytes" : "48535",
    "generationDate" : "2026-02-18T07:41:22.518Z",
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
    "directMessageGroupHeaders" : {
      "files" : [ {
        "fileName" : "data/direct-message-group-headers.js",
        "globalName" : "YTD.direct_message_group_headers.part0",
        "count" : "1"
      } ]
    },
    "directMessageHeaders" : {
      "files" : [ {
        "fileName" : "data/direct-message-headers.js",
        "globalName" : "YTD.direct_message_headers.part0",
        "count" : "5"
      } ]
    },
    "directMessages" : {
      "mediaDirectory" : "data/direct_messages_media",
      "files" : [ {
        "fileName" : "data/direct-messages.js",
        "globalName" : "YTD.direct_messages.part0",
        "count" : "5"
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
    "directMessagesGroupMedia" : {
      "mediaDirectory" : "data/direct_messages_group_media"
    },
    "directMessagesMedia" : {
      "mediaDirectory" : "data/direct_messages_media"
    },
    "follower" : {
      "files" : [ {
        "fileName" : "data/follower.js",
        "globalName" : "YTD.follower.part0",
        "count" : "6"
      } ]
    },
    "messageEvent" : {
      "files" : [ {
        "fileName" : "data/message-event.js",
        "globalName" : "YTD.message_event.part0",
        "count" : "6"
      } ]
    },
    "noteTweet" : {
      "files" : [ {
        "fileName" : "data/note-tweet.js",
        "globalName" : "YTD.note_tweet.part0",
        "count" : "1"
      } ]
    },
    "tweetHeaders" : {
      "files" : [ {
        "fileName" : "data/tweet-headers.js",
        "globalName" : "YTD.tweet_headers.part0",
        "count" : "8"
      } ]
    },
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [ {
        "fileName" : "data/tweets.js",
        "globalName" : "YTD.tweets.part0",
        "count" : "5"
      }, {
        "fileName" : "data/tweets-part1.js",
        "globalName" : "YTD.tweets.part1",
        "count" : "3"
      } ]
    },
    "tweetsMedia" : {
      "mediaDirectory" : "data/tweets_media"
    }
  }
}