-- String building with table.concat and string.format.
local function main()
  local n = 500000
  local parts = {}
  for i = 0, n - 1 do
    parts[#parts + 1] = string.format("%d:%03d", i, i * i % 1000)
  end
  local s = table.concat(parts, ",")
  local words = {}
  for i = 0, n - 1 do
    words[#words + 1] = "w" .. tostring(i % 977)
  end
  local t = table.concat(words, " ")
  local count = 0
  for _, p in ipairs(parts) do
    if string.sub(p, -1) == "9" then
      count = count + 1
    end
  end
  return string.format("%d %d %d %s", #s, #t, count, string.sub(s, -12))
end

print(main())
