import torch
from torch import nn

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(3, 8), nn.Linear(8, 1)]  # (1)!

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


model = Net()
print("parameters in Net:", len(list(model.parameters())))
try:
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")

model = nn.Sequential(nn.Linear(3, 8), nn.Linear(8, 1))
trainable = filter(lambda p: p.requires_grad, model.parameters())  # (2)!
print("trainable tensors:", sum(1 for p in trainable))
try:
    optimizer = torch.optim.SGD(trainable, lr=0.1)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
