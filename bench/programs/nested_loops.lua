-- Nested loops over lists.
local function main()
  local n = 2500
  local xs, ys = {}, {}
  for i = 0, n - 1 do
    xs[#xs + 1] = (i * 37) % 101
    ys[#ys + 1] = (i * 53) % 97
  end
  local total = 0
  for _, x in ipairs(xs) do
    for _, y in ipairs(ys) do
      if x > y then
        total = total + x * y
      else
        total = total + (x - y)
      end
    end
  end
  return total
end

print(main())
