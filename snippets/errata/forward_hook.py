import torch
from torch import nn
from torch.nn.utils import prune

torch.manual_seed(0)

model = nn.Linear(3, 1)
x = torch.randn(4, 3)
calls = []
model.register_forward_hook(lambda module, args, output: calls.append(output.shape))  # (1)!

out_call = model(x)
print("after model(x):         hook calls =", len(calls))
out_forward = model.forward(x)  # (2)!
print("after model.forward(x): hook calls =", len(calls))
print("same output:", torch.equal(out_call, out_forward))

prune.l1_unstructured(model, name="weight", amount=0.5)  # (3)!
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model(x).pow(2).mean().backward()
optimizer.step()  # (4)!


def weight_up_to_date():
    return torch.equal(model.weight, model.weight_orig * model.weight_mask)


print("pruned, after one optimizer step:")
out_forward = model.forward(x)
print("  after model.forward(x): weight up to date:", weight_up_to_date())
out_call = model(x)
print("  after model(x):         weight up to date:", weight_up_to_date())
print("  same output:", torch.equal(out_call, out_forward))
