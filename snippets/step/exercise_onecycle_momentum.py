import torch
from torch.optim.lr_scheduler import OneCycleLR

torch.manual_seed(0)

w = torch.nn.Parameter(torch.zeros(2))
optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = OneCycleLR(optimizer, max_lr=0.1, total_steps=10)
print("momentum of the first step:", optimizer.param_groups[0]["momentum"])

w.grad = torch.ones(2)
optimizer.step()
print("state kept for w:", list(optimizer.state[w]))
