-- Insert and look up 1,000,000 int keys and 1,000,000 str keys.
local function main()
  local n = 1000000
  local d, dlen = {}, 0
  for i = 0, n - 1 do
    local k = i * 7
    if d[k] == nil then dlen = dlen + 1 end
    d[k] = i
  end
  local hits, total = 0, 0
  for i = 0, n - 1 do
    local v = d[i * 3]
    if v ~= nil then
      hits = hits + 1
      total = total + v
    end
  end
  local s, slen = {}, 0
  for i = 0, n - 1 do
    local k = "k" .. tostring(i)
    if s[k] == nil then slen = slen + 1 end
    s[k] = i
  end
  local shits = 0
  for i = 0, 2 * n - 1, 2 do
    local v = s["k" .. tostring(i)]
    if v ~= nil then
      shits = shits + 1
      total = total + v
    end
  end
  return string.format("%d %d %d %d %d", dlen, hits, slen, shits, total)
end

print(main())
