window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1486930217745367041",
      "userLink" : "https://twitter.com/intent/user?user_id=1486930217745367041"
    }
  },
  {
    "follower" : {
      "accountId" : "1098273645501923328",
      "userLink" : "https://twitter.com/intent/user?user_id=1098273645501923328"
    }
  },
  {
    "follower" : {
      "accountId" : "1620458391726641152",
      "userLink" : "https://twitter.com/intent/user?user_id=1620458391726641152"
    }
  },
  {
    "follower" : {
      "accountId" : "917364820193456128",
      "userLink" : "https://twitter.com/intent/user?user_id=917364820193456128"
    }
  },
  {
    "follower" : {
      "accountId" : "1402938475610271744",
      "userLink" : "https://twitter.com/intent/user?user_id=1402938475610271744"
    }
  },
  {
    "follower" : {
      "accountId" : "2847193056",
      "userLink" : "https://twitter.com/intent/user?user_id=2847193056"
    }
  }
]