import torch

torch.manual_seed(0)

generator = torch.nn.Linear(2, 2)
discriminator = torch.nn.Linear(2, 1)
lr = torch.tensor(0.1)
optimizer_g = torch.optim.SGD(generator.parameters(), lr=lr)
optimizer_d = torch.optim.SGD(discriminator.parameters(), lr=lr)
scheduler_g = torch.optim.lr_scheduler.StepLR(optimizer_g, step_size=1, gamma=0.5)
scheduler_d = torch.optim.lr_scheduler.StepLR(optimizer_d, step_size=1, gamma=0.5)

for epoch in range(2):
    optimizer_g.step()
    optimizer_d.step()
    scheduler_g.step()
    scheduler_d.step()
    lr_g = optimizer_g.param_groups[0]["lr"].item()
    lr_d = optimizer_d.param_groups[0]["lr"].item()
    print(f"after epoch {epoch}: generator lr {lr_g:g}, discriminator lr {lr_d:g}")

groups = (optimizer_g.param_groups[0], optimizer_d.param_groups[0])
print("both groups hold the tensor lr itself:", all(group["lr"] is lr for group in groups))
