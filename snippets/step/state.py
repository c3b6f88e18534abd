import torch

torch.manual_seed(0)

w = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
sgd = torch.optim.SGD([w], lr=0.1, momentum=0.9)
print("SGD state before the first step:", dict(sgd.state))

(w**2).sum().backward()
first_grad = w.grad.clone()
sgd.step()
print("SGD state keys after one step:  ", list(sgd.state[w]))  # (1)!
print("momentum_buffer:", sgd.state[w]["momentum_buffer"])
print("first gradient: ", first_grad)
assert torch.equal(sgd.state[w]["momentum_buffer"], first_grad)  # (2)!

v = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
adam = torch.optim.Adam([v], lr=0.1)
print("Adam state before the first step:", dict(adam.state))
(v**2).sum().backward()
adam.step()
for key, value in sorted(adam.state[v].items()):  # (3)!
    print(f"  {key:<10} {value!r}")
