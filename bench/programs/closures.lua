-- Closures with upvalue state called in a loop.
local function make_counter(step)
  local count = 0
  return function(k)
    count = (count + k * step) % 1000003
    return count
  end
end

local function make_adder(n)
  return function(x) return x + n end
end

local function main()
  local counters, adders = {}, {}
  for s = 1, 10 do counters[s] = make_counter(s) end
  for a = 0, 9 do adders[a + 1] = make_adder(a) end
  local total = 0
  for i = 0, 1000000 - 1 do
    total = (total + counters[i % 10 + 1](i & 7) + adders[i % 10 + 1](i)) % 1000000007
  end
  return total
end

print(main())
