import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 4), nn.Linear(4, 4))
weights = [model[0].weight, model[1].weight]
optimizer = torch.optim.Adam(weights, lr=0.01)
model(torch.randn(8, 4)).pow(2).mean().backward()
optimizer.step()
saved = optimizer.state_dict()

restored = torch.optim.Adam(weights[::-1], lr=0.01)  # (1)!
restored.load_state_dict(saved)
print("load_state_dict: no error")


def exp_avg(opt, param):
    return opt.state[param]["exp_avg"]


print("model[0].weight got model[1].weight's state:",
      torch.equal(exp_avg(restored, model[0].weight), exp_avg(optimizer, model[1].weight)))  # (2)!
