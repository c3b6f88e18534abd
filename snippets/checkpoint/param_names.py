import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 4), nn.Linear(4, 4))
named_weights = [(name, p) for name, p in model.named_parameters() if name.endswith("weight")]
optimizer = torch.optim.Adam(named_weights, lr=0.01)  # (1)!
model(torch.randn(8, 4)).pow(2).mean().backward()
optimizer.step()
saved = optimizer.state_dict()
print("saved param_names:", saved["param_groups"][0]["param_names"])  # (2)!

restored = torch.optim.Adam(named_weights[::-1], lr=0.01)
print("new optimizer's names:", restored.param_groups[0]["param_names"])
restored.load_state_dict(saved)  # (3)!
print("load_state_dict: no error")
print("names after loading:", restored.param_groups[0]["param_names"])
print("first tensor is model[1].weight:", restored.param_groups[0]["params"][0] is model[1].weight)


def check_names(optimizer, state_dict):  # (4)!
    for group, saved_group in zip(optimizer.param_groups, state_dict["param_groups"], strict=True):
        if group["param_names"] != saved_group["param_names"]:
            raise ValueError(f"saved {saved_group['param_names']}, have {group['param_names']}")


try:
    check_names(torch.optim.Adam(named_weights[::-1], lr=0.01), saved)
except ValueError as error:
    print("check before loading: ValueError:", error)
