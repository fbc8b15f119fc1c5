var user_details =  {
  "screen_name" : "DrNoraVance",
  "location" : "Springfield",
  "full_name" : "Dr. Nora Vance",
  "bio" : "Pediatrician. Tweets are not medical advice.",
  "id" : "1029384756102938475",
  "created_at" : "2011-04-02 12:00:00 +0000"
}