import torch

torch.manual_seed(0)

momentum, dampening = 0.9, 0.5
w = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1, momentum=momentum, dampening=dampening)

g1 = torch.tensor([1.0, 2.0, 4.0])
w.grad = g1.clone()
optimizer.step()
buf = optimizer.state[w]["momentum_buffer"]
print("gradient g1:            ", g1.tolist())
print("buffer after step 1:    ", buf.tolist())  # (1)!
print("(1 - dampening) * g1:   ", ((1 - dampening) * g1).tolist())
assert torch.equal(buf, g1)
first_buf = buf.clone()

g2 = torch.tensor([2.0, 2.0, 2.0])
w.grad = g2.clone()
optimizer.step()
buf = optimizer.state[w]["momentum_buffer"]
expected = momentum * first_buf + (1 - dampening) * g2  # (2)!
print("buffer after step 2:    ", [round(v, 4) for v in buf.tolist()])
print("0.9 * buffer + 0.5 * g2:", [round(v, 4) for v in expected.tolist()])
