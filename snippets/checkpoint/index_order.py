import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 4), nn.Linear(4, 4))
weights = [model[0].weight, model[1].weight]
optimizer = torch.optim.Adam(weights, lr=0.01)
model(torch.randn(8, 4)).pow(2).mean().backward()
optimizer.step()
saved = optimizer.state_dict()


def load_into(params):
    restored = torch.optim.Adam(params, lr=0.01)
    try:
        restored.load_state_dict(saved)
    except ValueError as error:
        print(f"  ValueError: {error}")
    else:
        print("  loaded, no error")
    return restored


print("two groups of one weight each:")
load_into([{"params": [model[0].weight]}, {"params": [model[1].weight]}])  # (1)!
print("one group of three tensors:")
load_into([model[0].weight, model[0].bias, model[1].weight])  # (2)!
print("the same two weights in the opposite order:")
restored = load_into(weights[::-1])  # (3)!


def exp_avg(opt, param):
    return opt.state[param]["exp_avg"]


print(
    "model[0].weight got model[1].weight's state:",
    torch.equal(exp_avg(restored, model[0].weight), exp_avg(optimizer, model[1].weight)),  # (4)!
)
