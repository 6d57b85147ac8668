# Writes each work-item CSV of CSV (a list) into OUT twice, behind the first byte that picks
# fuzz_work_items_csv's states: 0 (Backlog, Ready, Dev, Review, Done) and 0x11 (To do, Doing,
# Done, starting at Doing). CMake writes no raw bytes, so printf writes them from \xHH escapes.
foreach(csv IN LISTS CSV)
  get_filename_component(name ${csv} NAME_WE)
  file(READ ${csv} content HEX)
  foreach(prefix 00 11)
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${prefix}${content}")
    execute_process(COMMAND printf "${escaped}" OUTPUT_FILE ${OUT}/${name}-${prefix}.bin)
  endforeach()
endforeach()
