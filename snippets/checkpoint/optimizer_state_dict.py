import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
for _ in range(3):
    optimizer.zero_grad()
    model(torch.randn(16, 4)).pow(2).mean().backward()
    optimizer.step()
    scheduler.step()

print("optimizer.state is keyed by:", type(next(iter(optimizer.state))).__name__)  # (1)!
saved = optimizer.state_dict()
print("state_dict keys:", list(saved))

group = saved["param_groups"][0]
print("param_groups[0]['params']:", group["params"])  # (2)!
print("param_groups[0] hyperparameters:", {k: v for k, v in group.items() if k != "params"})

names = [name for name, _ in model.named_parameters()]  # (3)!
for index, per_param in saved["state"].items():
    fields = ", ".join(
        f"{key} {value.item():g}" if value.dim() == 0 else f"{key} {tuple(value.shape)}"
        for key, value in per_param.items()
    )
    print(f"state[{index}] ({names[index]}): {fields}")

print("scheduler.state_dict():", scheduler.state_dict())  # (4)!
