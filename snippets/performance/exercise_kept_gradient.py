import torch

torch.manual_seed(0)

model = torch.nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.ones(1, 2)

for set_to_none in (True, False):
    optimizer.zero_grad()
    model(x).sum().backward()
    kept = model.weight.grad
    optimizer.zero_grad(set_to_none=set_to_none)
    (2 * model(x)).sum().backward()
    print(
        f"set_to_none={set_to_none!s:<5}  kept {kept.tolist()}  "
        f"weight.grad {model.weight.grad.tolist()}  same tensor: {kept is model.weight.grad}"
    )
