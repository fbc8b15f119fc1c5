var user_details =  {
  "screen_name" : "DrNoraVance",
  "full_name" : "Dr. Nora Vance",
  "id" : "1029384756102938475"
}
