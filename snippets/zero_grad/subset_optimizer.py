import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
optimizer = torch.optim.SGD(model[1].parameters(), lr=0.1)  # (1)!


def show(label):
    print(
        f"{label:<22} model[0].weight.grad is None: {model[0].weight.grad is None}, "
        f"model[1].weight.grad is None: {model[1].weight.grad is None}"
    )


model(torch.randn(5, 2)).pow(2).mean().backward()
show("after backward:")
optimizer.zero_grad()
show("optimizer.zero_grad():")
model.zero_grad()
show("model.zero_grad():")
