[
  (body)
  (map)
  (list)
  (list_comprehension)
  (arguments)
] @fold
