import torch
from torch import nn

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(3, 8), nn.Linear(8, 1)])  # (1)!

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


model = Net()
print("parameters in Net:", len(list(model.parameters())))
trainable = [p for p in model.parameters() if p.requires_grad]  # (2)!
print("trainable tensors:", len(trainable))
optimizer = torch.optim.SGD(trainable, lr=0.1)
print("optimizer holds", len(optimizer.param_groups[0]["params"]), "tensors")
