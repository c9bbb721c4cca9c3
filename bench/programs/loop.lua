-- A 3,000,000-step while loop with integer arithmetic.
local function main()
  local i = 0
  local acc = 0
  while i < 3000000 do
    acc = (acc + i * 7 + (i // 3) - (i % 5)) % 1000003
    i = i + 1
  end
  return acc
end

print(main())
