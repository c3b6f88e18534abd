import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(16, 2), torch.randn(16, 1)


def train_step():
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()


train_step()
best = model.state_dict()
print("weight after step 1:     ", model.weight.detach())
for step in range(3):
    train_step()
print("weight after step 4:     ", model.weight.detach())
model.load_state_dict(best)
print("weight after loading best:", model.weight.detach())
