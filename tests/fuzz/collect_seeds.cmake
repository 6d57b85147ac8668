# Seeds for the text targets, run at build time: every JSON file as it is, and every duration
# written in them ("1d 4h") as a file of its own. Arguments: OUT, DATA, JSON (a list).
set(i 0)
foreach(file IN LISTS JSON)
  math(EXPR i "${i} + 1")
  get_filename_component(name ${file} NAME)
  configure_file(${file} ${OUT}/json_reader/${i}-${name} COPYONLY)
  file(READ ${file} text)
  string(REGEX MATCHALL "\"[0-9][0-9., ]*[a-zA-Z][^\"]*\"" quoted "${text}")
  foreach(q IN LISTS quoted)
    string(REGEX REPLACE "^\"|\"$" "" duration "${q}")
    string(MD5 hash "${duration}")
    # The first byte picks the working day and the locale (fuzz_duration.cpp): "0" is 8 hours,
    # English.
    file(WRITE ${OUT}/duration/${hash} "0${duration}")
  endforeach()
endforeach()
