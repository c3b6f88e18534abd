import torch
from torch import nn

torch.manual_seed(0)

x, y = torch.randn(32, 4), torch.randn(32, 2)


def train(label, choose_params):
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
    backbone, head = model[0], model[2]
    backbone.requires_grad_(False)  # (1)!
    params = list(choose_params(model))
    optimizer = torch.optim.SGD(params, lr=0.1, momentum=0.9, weight_decay=0.01)
    backbone_before = backbone.weight.detach().clone()
    head_before = head.weight.detach().clone()
    for _ in range(3):
        optimizer.zero_grad(set_to_none=False)  # (2)!
        nn.functional.mse_loss(model(x), y).backward()
        optimizer.step()
    backbone_moved = (backbone.weight - backbone_before).abs().max().item()
    head_moved = (head.weight - head_before).abs().max().item()
    print(f"{label}: optimizer holds {len(params)} tensors, state for {len(optimizer.state)}")
    print(f"  backbone.weight.grad: {backbone.weight.grad}, moved {backbone_moved:.4f}")
    print(f"  head moved {head_moved:.4f}")


train("all parameters", lambda model: model.parameters())
train("trainable only", lambda model: (p for p in model.parameters() if p.requires_grad))  # (3)!
